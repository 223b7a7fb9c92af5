package main

// gonotes build --with PKG[@VERSION],...: a gonotes binary with third-party
// packages compiled in. Cells import them as they import the standard
// library: compiled code (fast, and packages that the interpreter cannot
// run from source work), nothing to download when the notebook runs.
//
// It needs the go command and the gonotes source: it copies the source into
// a temporary directory, requires the packages' modules there (go get),
// generates their yaegi symbol tables into kernel/symbols (genwith, as
// `go generate` does for lib/) and builds the binary.

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
)

// gonotesModule is the module path of gonotes' source.
const gonotesModule = "github.com/gonotes/gonotes"

func buildCmd(args []string) error {
	fset := flag.NewFlagSet("build", flag.ContinueOnError)
	var with []string
	fset.Func("with", "compile in `PKG[@VERSION]` (a package path, or a pattern such as gonum.org/v1/plot/...; comma-separated or repeated)", func(s string) error {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				with = append(with, p)
			}
		}
		return nil
	})
	out := fset.String("o", "gonotes", "the binary to write (`FILE`)")
	src := fset.String("src", "", "the gonotes source `DIR` (default: $GONOTES_SRC, the module around the working directory, or the one the running binary was built in)")
	install := fset.Bool("install", false, "install a kernelspec (--user) that runs the new binary")
	name := fset.String("name", "", "the kernelspec's `NAME` with --install (default gonotes-with-...)")
	display := fset.String("display-name", "", "the kernel's `NAME` in Jupyter's menus with --install (default \"Go (gonotes + ...)\")")
	if err := fset.Parse(args); err != nil {
		return err
	}
	with = append(with, fset.Args()...)
	if len(with) == 0 {
		return errors.New("build: say which packages to compile in: gonotes build --with PKG[@VERSION],... [-o FILE]")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return errors.New("build: gonotes build compiles a new gonotes and needs the go command (https://go.dev/dl), which is not on PATH")
	}
	srcDir, err := findSource(*src)
	if err != nil {
		return err
	}
	outPath, err := filepath.Abs(*out)
	if err != nil {
		return err
	}

	work, err := os.MkdirTemp("", "gonotes-build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	fmt.Fprintf(os.Stderr, "gonotes build: copying %s\n", srcDir)
	if err := copySource(srcDir, work); err != nil {
		return fmt.Errorf("build: copying the source: %w", err)
	}
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"))
	run := func(dir string, args ...string) (string, error) {
		cmd := exec.Command(goCmd, args...)
		cmd.Dir, cmd.Env = dir, env
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, io.MultiWriter(&stderr, os.Stderr)
		if err := cmd.Run(); err != nil {
			return "", fmt.Errorf("build: go %s: %v", strings.Join(args, " "), err)
		}
		return stdout.String(), nil
	}

	fmt.Fprintf(os.Stderr, "gonotes build: go get %s\n", strings.Join(with, " "))
	if _, err := run(work, append([]string{"get"}, with...)...); err != nil {
		return err
	}
	var patterns []string
	for _, w := range with {
		p, _, _ := strings.Cut(w, "@")
		patterns = append(patterns, p)
	}
	list, err := run(work, append([]string{"list", "-e", "-f", "{{.ImportPath}} {{.Name}} {{with .Error}}{{.Err}}{{end}}"}, patterns...)...)
	if err != nil {
		return err
	}
	var pkgs []string
	for _, line := range strings.Split(strings.TrimSpace(list), "\n") {
		f := strings.SplitN(line, " ", 3)
		if len(f) < 2 {
			continue
		}
		if len(f) == 3 && f[2] != "" {
			return fmt.Errorf("build: package %s: %s", f[0], f[2])
		}
		// Cells can import neither commands nor internal packages.
		if f[1] == "main" || isInternal(f[0]) {
			continue
		}
		pkgs = append(pkgs, f[0])
	}
	if len(pkgs) == 0 {
		return fmt.Errorf("build: no importable package in %s", strings.Join(patterns, " "))
	}
	slices.Sort(pkgs)
	fmt.Fprintf(os.Stderr, "gonotes build: symbol tables of %s\n", strings.Join(pkgs, " "))
	if _, err := run(work, append([]string{"run", "./kernel/symbols/genwith", "-o", "kernel/symbols"}, pkgs...)...); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gonotes build: go build -o %s\n", outPath)
	if _, err := run(work, "build", "-o", outPath, "."); err != nil {
		return err
	}
	if !*install {
		fmt.Fprintf(os.Stderr, "gonotes build: wrote %s; `%s install --name NAME` installs a kernelspec for it\n", outPath, outPath)
		return nil
	}
	short := make([]string, len(patterns))
	for i, p := range patterns {
		short[i] = strings.TrimSuffix(p, "/...")
	}
	if *name == "" {
		*name = "gonotes-with-" + strings.NewReplacer("/", "-", ".", "-").Replace(filepath.Base(short[0]))
	}
	if *display == "" {
		*display = "Go (gonotes + " + strings.Join(short, ", ") + ")"
	}
	cmd := exec.Command(outPath, "install", "--user", "--name", *name, "--display-name", *display)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("build: installing the kernelspec: %w", err)
	}
	return nil
}

func isInternal(p string) bool {
	return strings.HasPrefix(p, "internal/") || strings.Contains(p, "/internal/") || strings.HasSuffix(p, "/internal")
}

// findSource returns the gonotes source directory: dir if given, else
// $GONOTES_SRC, else the module around the working directory, else the
// one around the running binary (bin/gonotes of a checkout).
func findSource(dir string) (string, error) {
	var tries []string
	if dir != "" {
		tries = []string{dir}
	} else {
		if d := os.Getenv("GONOTES_SRC"); d != "" {
			tries = append(tries, d)
		}
		if wd, err := os.Getwd(); err == nil {
			tries = append(tries, parents(wd)...)
		}
		if exe, err := os.Executable(); err == nil {
			if exe, err = filepath.EvalSymlinks(exe); err == nil {
				tries = append(tries, parents(filepath.Dir(exe))...)
			}
		}
	}
	for _, d := range tries {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && modfile.ModulePath(b) == gonotesModule {
			return filepath.Abs(d)
		}
	}
	if dir != "" {
		return "", fmt.Errorf("build: %s is not the gonotes source (no go.mod of %s)", dir, gonotesModule)
	}
	return "", fmt.Errorf("build: gonotes build needs the gonotes source (git clone it): run it there, or give --src DIR")
}

func parents(d string) []string {
	var ds []string
	for {
		ds = append(ds, d)
		p := filepath.Dir(d)
		if p == d {
			return ds
		}
		d = p
	}
}

// copySource copies the gonotes source tree src into dst, without .git and
// bin, and makes the local replace directives of its go.mod absolute (the
// build then shares the build cache's yaegi).
func copySource(src, dst string) error {
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel == ".git" || rel == "bin" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		return err
	}
	gomod := filepath.Join(dst, "go.mod")
	b, err := os.ReadFile(gomod)
	if err != nil {
		return err
	}
	mf, err := modfile.Parse(gomod, b, nil)
	if err != nil {
		return err
	}
	for _, r := range mf.Replace {
		if r.New.Version == "" && (strings.HasPrefix(r.New.Path, "./") || strings.HasPrefix(r.New.Path, "../")) {
			abs := filepath.Join(src, filepath.FromSlash(r.New.Path))
			if err := mf.AddReplace(r.Old.Path, r.Old.Version, abs, ""); err != nil {
				return err
			}
		}
	}
	out, err := mf.Format()
	if err != nil {
		return err
	}
	return os.WriteFile(gomod, out, 0o644)
}
