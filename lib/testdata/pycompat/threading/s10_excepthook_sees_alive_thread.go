package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var info []string

func hook(args threading.ExceptHookArgs) {
	name, _, _ := strings.Cut(fmt.Sprint(args.ExcValue), ":")
	info = append(info, fmt.Sprintf("(%s, %s, '%s')", pyBool(args.Thread.IsAlive()), pyBool(args.Thread == threading.CurrentThread()), name))
}

func fail() {
	panic(errors.New("KeyError: 'k'"))
}

func main() {
	threading.ExceptHook = hook
	t := &threading.Thread{Target: fail}
	t.Start()
	t.Join()
	fmt.Println("["+strings.Join(info, ", ")+"]", pyBool(t.IsAlive()))
	threading.ExceptHook = nil
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
