package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

// FuncForPC of a compiled func's code pointer names it, in a cell too.
func main() {
	for _, f := range []any{strings.ToUpper, strings.TrimSpace, fmt.Sprint} {
		fmt.Println(runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name())
	}
}
