package hook_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/threading"
)

// A host runs each cell in a scope: what the cell's goroutines print through
// hook.Stdout reaches that cell, and Interrupt ends the cell's waits.
func Example() {
	defer hook.Reset()
	var cell strings.Builder
	scope := hook.NewScope(1, &cell, &cell)
	hook.SetActive(scope)

	func() {
		defer hook.Bind(scope)()
		fmt.Fprintln(hook.Stdout(), "printed by the cell")
		scope.Interrupt()
		select {
		case <-hook.Current().Done():
			fmt.Fprintln(hook.Stdout(), "wait ended by the interrupt")
		}
	}()
	fmt.Fprint(os.Stdout, cell.String())
	// Output:
	// printed by the cell
	// wait ended by the interrupt
}

// A library that holds output back registers a flush; the host calls Flush
// when a cell has finished, before it reports the cell done.
func ExampleFlush() {
	var held []string
	hook.OnFlush(func() {
		for _, s := range held {
			fmt.Println("sent", s)
		}
		held = nil
	})
	held = append(held, "value=1", "value=2")
	hook.Flush() // the cell's end
	hook.Flush() // nothing left
	// Output:
	// sent value=1
	// sent value=2
}

// A kernel learns which thread starts where, and runs each thread's body
// through its own function.
func ExampleSetThreadTracer() {
	hook.SetThreadTracer(func(name string) func(body func()) {
		fmt.Println("starting", name)
		return func(body func()) {
			body()
			fmt.Println("ended", name)
		}
	})
	defer hook.SetThreadTracer(nil)
	t := &threading.Thread{Name: "worker 1", Target: func() { fmt.Println("working") }}
	t.Start()
	t.Join()
	// Output:
	// starting worker 1
	// working
	// ended worker 1
}
