package main

import (
	"crypto/fips140"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	fmt.Println(fips140.Enabled(), fips140.Enforced())
	ran := false
	fips140.WithoutEnforcement(func() { ran = true })
	fmt.Println(ran)
	fmt.Println(os.ErrNoHandle != nil, os.ErrNoHandle)
	_, err := os.Open("/no/such/file/s9")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("path error:", pe.Op, pe.Path)
	}
	if _, ok := errors.AsType[*os.LinkError](err); !ok {
		fmt.Println("not a link error")
	}
}
