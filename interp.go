package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"runtime"

	"github.com/gonotes/gonotes/kernel"
	"github.com/gonotes/gonotes/kernel/eval"
)

// The kernel runs its Go interpreter in a child process, `gonotes interp`,
// so that a fatal error of the Go runtime in a cell ("concurrent map
// writes", out of memory) ends the child and not the kernel: the cell says
// what happened and a new child replays the notebook's declarations (see
// kernel.RemoteEngine). GONOTES_SINGLE_PROCESS=1 runs the interpreter in
// the kernel process instead.
func init() {
	prev := runSubcommand
	runSubcommand = func(cmd string, args []string) (bool, error) {
		if cmd != "interp" {
			return prev(cmd, args)
		}
		return true, runInterp()
	}
}

// singleProcess reports whether the interpreter runs in the kernel process.
func singleProcess() bool { return os.Getenv("GONOTES_SINGLE_PROCESS") != "" }

// interpCommand is the command of an interpreter child of the kernel.
func interpCommand() (*exec.Cmd, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("find the gonotes binary: %w", err)
	}
	cmd := exec.Command(exe, "interp")
	dieWithParent(cmd)
	return cmd, nil
}

// runInterp serves a kernel.RemoteEngine: requests on stdin, events on
// file descriptor 3, everything the cells print captured from fds 1 and 2.
func runInterp() error {
	events := os.NewFile(3, "events")
	if events == nil {
		return fmt.Errorf("interp: no events descriptor (run by the kernel only)")
	}
	// Interrupts come as requests from the kernel; a SIGINT sent to the
	// whole process group must not end the interpreter.
	signal.Ignore(os.Interrupt)
	var srv *kernel.Server
	logger := log.New(os.Stderr, "gonotes interp: ", log.LstdFlags)
	sess, capture, err := startInterpreter(logger, true, func(stream string) io.Writer {
		if srv == nil {
			return io.Discard
		}
		return srv.Route(stream, logger.Writer())
	})
	if err != nil {
		return err
	}
	srv = kernel.NewServer(engine{sess}, capture, events)
	return srv.Serve(os.Stdin)
}

// runKernelSupervised serves Jupyter with the interpreter in a child
// process (see kernel.RemoteEngine).
func runKernelSupervised(ci kernel.ConnectionInfo, sigs <-chan os.Signal) error {
	// This process only relays messages between Jupyter and the
	// interpreter, one goroutine handing each to the next; with more than
	// one P every hand-off wakes another thread (a futex wake and a
	// context switch, on both sides of each message). One P halves the
	// kernel process's CPU time per trivial cell and shortens its round
	// trip (bench/roundtrip.py). The interpreter child, where cells run,
	// keeps every CPU: it is started with the environment unchanged.
	runtime.GOMAXPROCS(1)
	logger := log.New(os.Stderr, "gonotes: ", log.LstdFlags)
	remote, err := kernel.NewRemoteEngine(kernel.RemoteConfig{Command: interpCommand, Log: logger})
	if err != nil {
		return err
	}
	k, err := kernel.New(kernel.Config{
		Conn: ci, Engine: remote, Log: logger, Version: version, Banner: eval.Banner(version),
		Exit:        func(bool) { remote.Shutdown(); os.Exit(0) },
		HistoryFile: kernel.HistoryPath(),
	})
	if err != nil {
		remote.Shutdown()
		return err
	}
	go serveSignals(sigs, k, remote.Shutdown)
	err = k.Run(context.Background())
	remote.Shutdown()
	return err
}
