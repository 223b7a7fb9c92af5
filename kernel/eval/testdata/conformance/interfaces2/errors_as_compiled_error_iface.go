package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type pathErr interface {
	error
	Unwrap() error
}

type timeouter interface{ Timeout() bool }

func main() {
	_, err := os.Open("/definitely/not/here")
	var p pathErr
	if errors.As(err, &p) {
		fmt.Println("unwraps to", p.Unwrap())
	}
	var t timeouter
	fmt.Println(errors.As(err, &t), t != nil && t.Timeout())
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	_, err = strconv.Atoi("x")
	var ne interface{ Unwrap() error }
	fmt.Println(errors.As(err, &ne), ne.Unwrap())
}
