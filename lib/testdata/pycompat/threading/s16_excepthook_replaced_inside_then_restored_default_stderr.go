package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var caught []string
	threading.ExceptHook = func(args threading.ExceptHookArgs) {
		_, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
		caught = append(caught, "'"+msg+"'")
	}
	t := &threading.Thread{Target: func() { panic(errors.New("ZeroDivisionError: division by zero")) }, Name: "hooked"}
	t.Start()
	t.Join()
	fmt.Println("custom hook saw:", "["+strings.Join(caught, ", ")+"]")
	threading.ExceptHook = threading.DefaultExceptHook
	t = &threading.Thread{Target: func() { panic(errors.New("KeyError: 'k'")) }, Name: "default"}
	t.Start()
	t.Join()
	fmt.Println("default hook printed to stderr")
}
