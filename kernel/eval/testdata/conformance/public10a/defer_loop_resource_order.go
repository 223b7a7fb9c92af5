package main

import (
	"errors"
	"fmt"
)

type res struct{ name string }

func open(name string) (*res, error) {
	if name == "bad" {
		return nil, errors.New("cannot open " + name)
	}
	fmt.Println("open", name)
	return &res{name}, nil
}

func (r *res) Close() error {
	fmt.Println("close", r.name)
	return nil
}

func process(names []string) (err error) {
	for _, n := range names {
		r, err := open(n)
		if err != nil {
			return err
		}
		defer r.Close() // all run at function end, in reverse order
	}
	fmt.Println("processing")
	return nil
}

func processEach(names []string) {
	for _, n := range names {
		func() {
			r, err := open(n)
			if err != nil {
				fmt.Println(err)
				return
			}
			defer r.Close()
			fmt.Println("use", r.name)
		}()
	}
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	fmt.Println(process([]string{"x", "bad", "y"}))
	processEach([]string{"p", "bad", "q"})
}
