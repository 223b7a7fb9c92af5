package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var got []string

func hook(args threading.ExceptHookArgs) {
	typ, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
	got = append(got, fmt.Sprintf("('%s', \"%s\", '%s')", typ, msg, args.Thread.GetName()))
}

func bad() {
	panic("KeyError: 'k'")
}

func main() {
	threading.ExceptHook = hook
	t := &threading.Thread{Target: bad, Name: "bad"}
	t.Start()
	t.Join()
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	threading.ExceptHook = nil
	fmt.Println(pyBool(threading.ExceptHook == nil))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
