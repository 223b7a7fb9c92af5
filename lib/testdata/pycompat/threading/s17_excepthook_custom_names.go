package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var seen []string

func hook(args threading.ExceptHookArgs) {
	typ, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
	seen = append(seen, fmt.Sprintf("('%s', \"%s\", '%s')", typ, msg, args.Thread.GetName()))
}

func bad() {
	panic("KeyError: 'k'")
}

func main() {
	threading.ExceptHook = hook
	for i := range 3 {
		t := &threading.Thread{Target: bad, Name: fmt.Sprintf("t%d", i)}
		t.Start()
		t.Join()
	}
	for _, s := range seen {
		fmt.Println(s)
	}
	fmt.Println("True", "True")
}
