package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	os.Setenv("GONOTES_EXAMPLE_NAME", "gopher")
	fmt.Println(os.Getenv("GONOTES_EXAMPLE_NAME"))
	v, ok := os.LookupEnv("GONOTES_EXAMPLE_NAME")
	fmt.Println(v, ok)
	os.Unsetenv("GONOTES_EXAMPLE_NAME")
	_, ok = os.LookupEnv("GONOTES_EXAMPLE_NAME")
	fmt.Println(ok)
	os.Setenv("GN_WHO", "world")
	fmt.Println(os.ExpandEnv("hello $GN_WHO and ${GN_WHO}!"))
	fmt.Println(os.Expand("$a-$b", func(k string) string { return "<" + k + ">" }))
	_, err := os.Open("/no/such/file/here")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(os.PathSeparator == '/', os.DevNull)
}
