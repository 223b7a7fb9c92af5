package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	a, b := multiprocessing.Pipe()
	b.Send("last")
	b.Close()
	v, _ := a.Recv()
	fmt.Println(v)
	if _, err := a.Recv(); errors.Is(err, io.EOF) {
		fmt.Println("EOFError")
	} else {
		fmt.Println("err:", err)
	}
	fmt.Println(pyBool(b.Closed()), pyBool(a.Closed()))
	a.Close()
	fmt.Println(pyBool(a.Closed()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
