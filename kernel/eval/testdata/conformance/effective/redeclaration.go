package main

import (
	"errors"
	"fmt"
)

func open(name string) (int, error) {
	if name == "" {
		return 0, errors.New("empty name")
	}
	return len(name), nil
}

func stat(fd int) (int, error) {
	if fd > 3 {
		return 0, errors.New("too big")
	}
	return fd * 100, nil
}

func main() {
	f, err := open("abc")
	fmt.Println(f, err)
	d, err := stat(f)
	fmt.Println(d, err)
	g, err := open("abcdef")
	fmt.Println(g, err)
	d, err = stat(g)
	fmt.Println(d, err)
	if _, err := open(""); err != nil {
		fmt.Println("inner:", err)
	}
	if _, err := stat(9); err != nil {
		fmt.Println("inner2:", err)
	}
	fmt.Println("outer:", err)
}
