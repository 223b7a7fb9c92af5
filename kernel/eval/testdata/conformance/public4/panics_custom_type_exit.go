package main

import (
	"fmt"
	"os"
)

type Fatal struct {
	Code int
	Why  string
}

func (f Fatal) Error() string { return fmt.Sprintf("fatal %d: %s", f.Code, f.Why) }

func process(items []string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if f, ok := r.(Fatal); ok {
				err = f
				return
			}
			panic(r)
		}
	}()
	for i, it := range items {
		if it == "" {
			panic(Fatal{i, "empty item"})
		}
		fmt.Println("ok", it)
	}
	return nil
}

func main() {
	fmt.Println(process([]string{"a", "b"}))
	fmt.Println(process([]string{"a", "", "c"}))
	defer fmt.Println("deferred before exit is not run")
	fmt.Fprintln(os.Stderr, "bailing out")
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var m map[Fatal]int
		m[Fatal{}]++
	}()
	os.Exit(3)
}
