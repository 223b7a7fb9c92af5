package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/gonotes/gonotes/kernel/eval"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

// A child process of lib/multiprocessing started from a notebook is this
// binary in worker mode: it reads the notebook's declarations from stdin,
// replays them in a fresh interpreter (never the cells' statements, like
// Python's spawn re-imports a module's definitions), and lets the library
// call the target by name.
func init() {
	prev := runSubcommand
	runSubcommand = func(cmd string, args []string) (bool, error) {
		if cmd != "worker" {
			return prev(cmd, args)
		}
		return true, runWorker()
	}
}

// notebookSpawner returns the lib/multiprocessing spawner of a kernel
// whose session is sess: each child is `gonotes worker` fed the
// declarations of the cells run so far.
func notebookSpawner(sess *eval.Session) multiprocessing.Spawner {
	return func(target string) (*exec.Cmd, error) {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("find the gonotes binary: %w", err)
		}
		cmd := exec.Command(exe, "worker")
		cmd.Stdin = strings.NewReader(sess.Declarations())
		return cmd, nil
	}
}

func runWorker() error {
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		return fmt.Errorf("worker: read the declarations: %w", err)
	}
	sess, err := eval.New(eval.Options{ModDir: modDir()})
	if err != nil {
		return fmt.Errorf("worker: start the Go interpreter: %w", err)
	}
	// A worker's own children are workers too, replaying the same
	// declarations.
	multiprocessing.SetSpawner(notebookSpawner(sess))
	if err := sess.Load(string(src)); err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	// The parameter names of the notebook's functions, for Python's
	// "work() missing 1 required positional argument: 'b'".
	multiprocessing.SetDeclarations(string(src))
	os.Exit(multiprocessing.ServeChild(sess.Lookup))
	return nil
}
