package hook_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/hook"
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
