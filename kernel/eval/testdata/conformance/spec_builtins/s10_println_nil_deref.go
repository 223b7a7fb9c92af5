package main

import "fmt"

// println(*p) with p nil panics with a nil pointer dereference, as any
// other use of *p (the interpreter printed a placeholder and went on).

func show(p *int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	println(*p)
	return nil
}

func main() {
	n := 4
	fmt.Println(show(&n))
	fmt.Println(show(nil))
}
