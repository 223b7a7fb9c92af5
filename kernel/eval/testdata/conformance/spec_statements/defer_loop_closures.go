package main

import "fmt"

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func open(name string) (*resource, error) {
	if name == "" {
		return nil, fmt.Errorf("empty name")
	}
	fmt.Println("open", name)
	return &resource{name}, nil
}

func process(names ...string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("process: %w", err)
		}
	}()
	for _, n := range names {
		r, err := open(n)
		if err != nil {
			return err
		}
		defer r.Close()
	}
	return nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func main() {
	fmt.Println(process("a", "b"))
	fmt.Println(process("x", "", "y"))
	fmt.Println(counter())
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
}
