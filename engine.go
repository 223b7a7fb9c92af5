package main

import (
	"github.com/gonotes/gonotes/kernel/eval"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

// engine is the kernel's language side: the Go session, whose Interrupt
// also reaches the cell's child processes, as Ctrl-C in a terminal (or
// Jupyter's interrupt in signal mode) reaches the whole process group.
type engine struct{ *eval.Session }

// Interrupt stops the running cell and sends SIGINT to child processes.
func (e engine) Interrupt() {
	e.Session.Interrupt()
	multiprocessing.InterruptChildren()
}
