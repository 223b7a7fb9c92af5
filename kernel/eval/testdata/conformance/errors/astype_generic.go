package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "no " + n.Key }

func main() {
	_, err := strconv.Atoi("abc")
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	wrapped := fmt.Errorf("lookup: %w", NotFound{"k"})
	if nf, ok := errors.AsType[NotFound](wrapped); ok {
		fmt.Println("missing", nf.Key)
	}
	j := errors.Join(errors.New("x"), NotFound{"j"})
	nf, ok := errors.AsType[NotFound](j)
	fmt.Println(nf.Key, ok)
}
