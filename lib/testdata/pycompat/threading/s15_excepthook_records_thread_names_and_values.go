package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var caught []string

func hook(args threading.ExceptHookArgs) {
	typ, val, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
	q := "'"
	if strings.Contains(val, "'") {
		q = `"`
	}
	caught = append(caught, fmt.Sprintf("('%s', '%s', %s%s%s)", args.Thread.GetName(), typ, q, val, q))
}

func fail(kind string) {
	switch kind {
	case "key":
		panic(errors.New("KeyError: 'missing'"))
	case "zero":
		panic(errors.New("ZeroDivisionError: division by zero"))
	case "value":
		panic(errors.New("ValueError: bad value"))
	}
}

func main() {
	threading.ExceptHook = hook
	var ts []*threading.Thread
	for _, k := range []string{"key", "zero", "value", "none"} {
		ts = append(ts, &threading.Thread{Target: func() { fail(k) }, Name: "t-" + k})
	}
	for _, t := range ts {
		t.Start()
		t.Join()
	}
	threading.ExceptHook = nil
	for _, c := range caught {
		fmt.Println(c)
	}
	var alive []string
	for _, t := range ts {
		alive = append(alive, map[bool]string{true: "True", false: "False"}[t.IsAlive()])
	}
	fmt.Println("["+strings.Join(alive, ", ")+"]", len(caught))
}
