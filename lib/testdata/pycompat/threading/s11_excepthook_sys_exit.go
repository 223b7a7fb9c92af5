package main

import (
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/threading"
)

var seen []string

func hook(args threading.ExceptHookArgs) {
	seen = append(seen, fmt.Sprintf("('%v', '%s')", args.ExcValue, args.Thread.GetName()))
}

// quitEarly ends its thread as Python's sys.exit() does: runtime.Goexit.
func quitEarly() {
	fmt.Println("working")
	runtime.Goexit()
	fmt.Println("never")
}

func main() {
	threading.ExceptHook = hook
	t := &threading.Thread{Target: quitEarly, Name: "quitter"}
	t.Start()
	t.Join()
	fmt.Println(seen)

	threading.ExceptHook = nil
	t = &threading.Thread{Target: quitEarly, Name: "quiet"}
	t.Start()
	t.Join()
	fmt.Println(seen, pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
