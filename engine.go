package main

import (
	"github.com/gonotes/gonotes/kernel"
	"github.com/gonotes/gonotes/kernel/eval"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

// engine is the kernel's language side: the Go session, whose Interrupt
// also reaches the cell's child processes, as Ctrl-C in a terminal (or
// Jupyter's interrupt in signal mode) reaches the whole process group.
type engine struct{ *eval.Session }

// The interpreter child's engine is replayed after a crash, and says what
// its replay leaves out.
var (
	_ kernel.Declarer    = engine{}
	_ kernel.ReplayNoter = engine{}
)

// Interrupt stops the running cell and sends SIGINT to child processes.
func (e engine) Interrupt() {
	e.Session.Interrupt()
	multiprocessing.InterruptChildren()
}
