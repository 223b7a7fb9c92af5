package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var seen []string

func hook(args threading.ExceptHookArgs) {
	kind, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
	tb := "False"
	if len(args.Stack) > 0 {
		tb = "True"
	}
	seen = append(seen, fmt.Sprintf("('%s', %s, '%s', %s)", kind, repr(msg), args.Thread.GetName(), tb))
}

// repr quotes a string as Python's repr does (these strings need no escapes).
func repr(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + s + "'"
}

func fail(kind string) {
	switch kind {
	case "value":
		panic(errors.New("ValueError: bad value"))
	case "key":
		panic(errors.New("KeyError: 'k'"))
	}
	panic(errors.New("RuntimeError: runtime"))
}

func main() {
	threading.ExceptHook = hook
	for _, kind := range []string{"value", "key", "runtime"} {
		kind := kind
		t := &threading.Thread{Target: func() { fail(kind) }, Name: "t-" + kind}
		t.Start()
		t.Join()
	}
	for _, s := range seen {
		fmt.Println(s)
	}
	threading.ExceptHook = threading.DefaultExceptHook
}
