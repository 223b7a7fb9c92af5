package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gonotes/gonotes/kernel"
	"github.com/gonotes/gonotes/kernel/eval"
)

func init() {
	prev := runSubcommand
	runSubcommand = func(cmd string, args []string) (bool, error) {
		if cmd != "export" {
			return prev(cmd, args)
		}
		return true, exportNotebook(args)
	}
}

// exportNotebook is `gonotes export NOTEBOOK.ipynb [-o OUT.go]`: the
// notebook's code cells as one Go program (see eval.Export), written to
// OUT.go or standard output.
func exportNotebook(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("o", "", "write the program to `OUT.go` (default: standard output)")
	var paths []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return err
		}
		args = fs.Args()
		if len(args) > 0 {
			paths = append(paths, args[0])
			args = args[1:]
		}
	}
	if len(paths) != 1 {
		return fmt.Errorf("usage: gonotes export NOTEBOOK.ipynb [-o OUT.go]")
	}
	nb, err := kernel.ReadNotebook(paths[0])
	if err != nil {
		return err
	}
	var cells []string
	for _, c := range nb.Cells {
		if c["cell_type"] == "code" {
			cells = append(cells, kernel.CellSource(c))
		}
	}
	src, err := eval.Export(filepath.Base(paths[0]), cells)
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = os.Stdout.Write(src)
		return err
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
