package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = strings.Cut
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	r, _ := ex.Map(func(x any) any { return x }, nil)
	if len(r) == 0 {
		fmt.Println("[]")
	}
	r, _ = ex.Map(func(x any) any { return -x.(int) }, []any{-3})
	fmt.Printf("[%v]\n", r[0])
	r, _ = ex.Map(func(x any) any { return strings.ToUpper(x.(string)) }, []any{"a", "b", "c"})
	fmt.Printf("['%v', '%v', '%v']\n", r[0], r[1], r[2])
	ex.Shutdown(true, false)
}
