// Command gonotes is a Jupyter kernel for Go with Python-style threads,
// queues and processes.
//
//	gonotes kernel CONNECTION_FILE        serve Jupyter (started by Jupyter from the kernelspec)
//	gonotes export NOTEBOOK.ipynb [-o OUT.go]
//	                                      write the notebook's code cells as one Go program
//	gonotes install [--user | --sys-prefix | --prefix DIR] [--name N] [--display-name D] [--env K=V]...
//	                                      install the "Go (gonotes)" kernelspec
//	gonotes run NOTEBOOK.ipynb [-o OUT.ipynb | --inplace] [--allow-errors]
//	                                      execute a notebook headless, as Jupyter would
//	gonotes build --with PKG[@VERSION],... [-o FILE] [--install]
//	                                      build a gonotes with third-party packages compiled in
//	gonotes version                       print the version
//
// The kernel runs its Go interpreter in a child process (`gonotes
// interp`), and the multiprocessing children of cells are `gonotes worker`
// processes; both replay the notebook's declarations.
// GONOTES_SINGLE_PROCESS=1 runs the interpreter in the kernel's process.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/gonotes/gonotes/kernel"
	"github.com/gonotes/gonotes/kernel/eval"
	"github.com/gonotes/gonotes/kernel/symbols"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

// version is gonotes' version, overridable with -ldflags "-X main.version=...".
var version = "0.1.0"

func main() {
	if len(os.Args) < 2 {
		usage(os.Stderr)
		os.Exit(2)
	}
	tuneGC()
	var err error
	switch cmd, args := os.Args[1], os.Args[2:]; cmd {
	case "kernel":
		if err = runKernel(args); err != nil && len(args) == 1 {
			// The server's log shows which kernel failed, and why.
			kernelLogger(args[0]).Printf("exits: %v", err)
			os.Exit(1)
		}
	case "install":
		err = install(args)
	case "run":
		err = runNotebook(args)
	case "build":
		err = buildCmd(args)
	case "version", "--version":
		fmt.Println("gonotes", version)
		if len(symbols.With) > 0 {
			fmt.Println("compiled in:", strings.Join(symbols.With, " "))
		}
	case "help", "-h", "--help":
		usage(os.Stdout)
	default:
		if handled, werr := runSubcommand(cmd, args); handled {
			err = werr
			break
		}
		fmt.Fprintf(os.Stderr, "gonotes: unknown command %q\n", cmd)
		usage(os.Stderr)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gonotes:", err)
		os.Exit(1)
	}
}

// runSubcommand is extended by other files of this command (e.g. the
// multiprocessing worker); it reports whether it knew cmd.
var runSubcommand = func(cmd string, args []string) (bool, error) { return false, nil }

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
  gonotes kernel CONNECTION_FILE      serve Jupyter (Jupyter starts this from the kernelspec)
  gonotes export NOTEBOOK.ipynb [-o OUT.go]
                                      the notebook's code cells as one Go program for go run
  gonotes install [--user | --sys-prefix | --prefix DIR] [--name N] [--display-name D] [--env K=V]...
                                      install the "Go (gonotes)" kernelspec (default --user, in
                                      $JUPYTER_DATA_DIR, ~/Library/Jupyter on macOS, else
                                      $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter)
  gonotes run NOTEBOOK.ipynb [-o OUT.ipynb | --inplace] [--allow-errors] [--timeout 10m]
                                      execute a notebook headless and store its outputs
  gonotes build --with PKG[@VERSION],... [-o FILE] [--src DIR] [--install [--name N] [--display-name D]]
                                      build a gonotes binary with third-party packages compiled in
                                      (needs the go command and the gonotes source)
  gonotes version                     print the version (and the packages compiled in)
  gonotes worker                      (internal) a child process of lib/multiprocessing
  gonotes interp                      (internal) the kernel's Go interpreter process
`)
}

func runKernel(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: gonotes kernel CONNECTION_FILE")
	}
	ci, err := kernel.ReadConnectionFile(args[0])
	if err != nil {
		return err
	}
	// Jupyter may interrupt with SIGINT (interrupt_mode "signal"): never let
	// it kill the process.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)

	logger := kernelLogger(args[0])
	// The ports first (kernel.Bind says why), then the interpreter.
	if !singleProcess() && !relayMode() {
		socks, ls, err := kernel.BindSupervised(ci)
		if err != nil {
			return err
		}
		return runKernelSockChild(ci, socks, ls, sigs, logger)
	}
	socks, err := kernel.Bind(ci)
	if err != nil {
		return err
	}
	if !singleProcess() {
		return runKernelSupervised(ci, socks, sigs, logger)
	}
	var k *kernel.Kernel
	sess, capture, err := startInterpreter(logger, os.Getenv("GONOTES_NO_CAPTURE") == "", func(stream string) io.Writer {
		if k == nil {
			return io.Discard
		}
		return k.Route(stream)
	})
	if err != nil {
		socks.Close()
		return err
	}
	// What a cell leaves to tidy up is done once its idle status is out
	// (Kernel.handle).
	sess.SetTidyLater(true)
	k, err = kernel.New(kernel.Config{
		Conn: ci, Sockets: socks, Engine: engine{sess}, Log: logger, Capture: capture, Version: version, Banner: eval.Banner(version),
		Exit:        func(bool) { os.Exit(0) },
		HistoryFile: kernel.HistoryPath(),
		Debug:       os.Getenv("GONOTES_DEBUG") != "",
	})
	if err != nil {
		return err
	}
	go serveSignals(sigs, k, sess.Shutdown)
	return k.Run(context.Background())
}

// kernelLogger returns the logger of the kernel started with connFile: its
// lines name the kernel as the connection file does (Jupyter's
// kernel-<id>.json), so that a server running many kernels logs which one
// said what; the kernel process's stderr is the server's log.
func kernelLogger(connFile string) *log.Logger {
	prefix := "gonotes: "
	if name := strings.TrimSuffix(filepath.Base(connFile), ".json"); strings.HasPrefix(name, "kernel-") {
		prefix = "gonotes " + name + ": "
	}
	return log.New(os.Stderr, prefix, log.LstdFlags|log.Lmicroseconds)
}

// startInterpreter starts the Go session of a kernel process: when
// capture is true, fds 1 and 2 are captured and handed to route (logger
// then writes to the real stderr); the session's multiprocessing children
// are this binary in worker mode, replaying the notebook's declarations.
func startInterpreter(logger *log.Logger, capture bool, route func(stream string) io.Writer) (*eval.Session, *kernel.Capture, error) {
	var c *kernel.Capture
	if capture {
		var err error
		r, w := stderrPipe()
		if c, err = kernel.StartCaptureInto(route, r, w); err != nil {
			return nil, nil, err
		}
		logger.SetOutput(c.Stderr)
	}
	sess, err := eval.New(eval.Options{ModDir: modDir(), RaceLog: logger.Writer()})
	if err != nil {
		return nil, nil, fmt.Errorf("start the Go interpreter: %w", err)
	}
	multiprocessing.SetSpawner(notebookSpawner(sess))
	return sess, c, nil
}

// stderrPipe returns the pipe that a RemoteEngine made for this process's
// fd 2 (kernel.StderrPipeEnv names its descriptors), or nils.
func stderrPipe() (r, w *os.File) {
	v := os.Getenv(kernel.StderrPipeEnv)
	os.Unsetenv(kernel.StderrPipeEnv) // not for the processes this one starts
	var wfd, rfd int
	if _, err := fmt.Sscanf(v, "%d,%d", &wfd, &rfd); err != nil || wfd < 3 || rfd < 3 {
		return nil, nil
	}
	r, w = os.NewFile(uintptr(rfd), "stderr-pipe-r"), os.NewFile(uintptr(wfd), "stderr-pipe-w")
	if r == nil || w == nil {
		return nil, nil
	}
	return r, w
}

// modDir returns the directory whose go.mod and go.sum pin the notebook's
// third-party packages: $GONOTES_MODDIR, else the working directory (Jupyter
// starts a kernel in the notebook's directory). It sets GONOTES_MODDIR, so
// that the interpreter and worker processes this one starts use the same.
func modDir() string {
	dir := os.Getenv("GONOTES_MODDIR")
	if dir == "" {
		var err error
		if dir, err = os.Getwd(); err != nil {
			return "" // a temporary module per session
		}
		os.Setenv("GONOTES_MODDIR", dir)
	}
	return dir
}

// serveSignals interrupts the running cell on SIGINT and shuts down (then
// exits) on SIGTERM or SIGHUP.
func serveSignals(sigs <-chan os.Signal, k *kernel.Kernel, shutdown func()) {
	for s := range sigs {
		if s == os.Interrupt {
			k.Interrupt()
			continue
		}
		shutdown()
		os.Exit(0)
	}
}

func install(args []string) error {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	user := fs.Bool("user", false, "install for the current user (default)")
	sysPrefix := fs.Bool("sys-prefix", false, "install into the Python environment that runs Jupyter")
	prefix := fs.String("prefix", "", "install into `DIR`/share/jupyter/kernels")
	var opts kernel.InstallOptions
	fs.StringVar(&opts.Name, "name", kernel.KernelName, "the kernelspec's `NAME` (to install several)")
	fs.StringVar(&opts.DisplayName, "display-name", "", "the kernel's `NAME` in Jupyter's menus (default \""+kernel.DisplayName+"\", or --name)")
	fs.Func("env", "set `NAME=VALUE` in the kernel's environment (repeatable; ipykernel's --env NAME VALUE also works)", func(s string) error {
		k, v, ok := strings.Cut(s, "=")
		if !ok || k == "" {
			return fmt.Errorf("want NAME=VALUE, got %q", s)
		}
		if opts.Env == nil {
			opts.Env = map[string]string{}
		}
		opts.Env[k] = v
		return nil
	})
	if err := fs.Parse(envPairs(args)); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("install: unexpected argument %q", fs.Arg(0))
	}
	target := "user"
	switch {
	case *sysPrefix:
		target = "sys-prefix"
	case *prefix != "":
		target = "prefix"
	}
	_ = user
	name, err := opts.SpecName()
	if err != nil {
		return err
	}
	dir, err := kernel.KernelDir(target, *prefix, name)
	if err != nil {
		return err
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find the gonotes binary: %w", err)
	}
	if exe, err = filepath.EvalSymlinks(exe); err != nil {
		return fmt.Errorf("find the gonotes binary: %w", err)
	}
	if err := kernel.Install(dir, exe, opts); err != nil {
		return err
	}
	fmt.Printf("installed kernelspec %s in %s\n", name, dir)
	if name != kernel.KernelName {
		return nil
	}
	// The race detector's kernelspec, when its build is there.
	bin, err := raceBinary()
	if err != nil {
		return err
	}
	if _, err := os.Stat(bin); err != nil {
		fmt.Printf("no %s next to gonotes: the %q kernel and %%race on need it (make install builds it)\n", filepath.Base(bin), kernel.RaceDisplayName)
		return nil
	}
	raceDir, err := kernel.KernelDir(target, *prefix, kernel.RaceKernelName)
	if err != nil {
		return err
	}
	raceOpts := kernel.InstallOptions{Name: kernel.RaceKernelName, DisplayName: kernel.RaceDisplayName, Env: map[string]string{"GONOTES_RACE": "1"}}
	for k, v := range opts.Env {
		raceOpts.Env[k] = v
	}
	if err := kernel.Install(raceDir, exe, raceOpts); err != nil {
		return err
	}
	fmt.Printf("installed kernelspec %s in %s\n", kernel.RaceKernelName, raceDir)
	return nil
}

// envPairs turns ipykernel's "--env NAME VALUE" into "--env NAME=VALUE".
func envPairs(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if (a == "--env" || a == "-env") && i+2 < len(args) && !strings.Contains(args[i+1], "=") {
			out = append(out, a, args[i+1]+"="+args[i+2])
			i += 2
			continue
		}
		out = append(out, a)
	}
	return out
}

func runNotebook(args []string) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	out := fs.String("o", "", "write the executed notebook to `OUT.ipynb`")
	inplace := fs.Bool("inplace", false, "overwrite the input notebook")
	allowErrors := fs.Bool("allow-errors", false, "run every cell even after an error")
	timeout := fs.Duration("timeout", 10*time.Minute, "per-cell timeout")
	var paths []string
	// Accept flags before and after the notebook path.
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
		return fmt.Errorf("usage: gonotes run NOTEBOOK.ipynb [-o OUT.ipynb | --inplace]")
	}
	in := paths[0]
	dest := *out
	if *inplace {
		dest = in
	}
	if dest == "" {
		dest = strings.TrimSuffix(in, ".ipynb") + ".out.ipynb"
	}
	nb, err := kernel.ReadNotebook(in)
	if err != nil {
		return err
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find the gonotes binary: %w", err)
	}
	dir, err := os.MkdirTemp("", "gonotes-run-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	// Run the cells next to the notebook, as Jupyter does.
	c, err := kernel.StartKernel(ctx, kernel.StartOptions{Argv: []string{exe, "kernel"}, ConnDir: dir, Dir: filepath.Dir(in), Stderr: os.Stderr})
	if err != nil {
		return err
	}
	defer c.Close()
	fmt.Fprintf(os.Stderr, "running %s\n", in)
	runErr := kernel.RunNotebook(ctx, c, nb, kernel.RunOptions{CellTimeout: *timeout, Progress: os.Stderr, KeepGoing: *allowErrors})
	if err := nb.WriteFile(dest); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s\n", dest)
	return runErr
}
