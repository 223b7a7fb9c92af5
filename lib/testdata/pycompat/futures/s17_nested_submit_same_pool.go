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

var ex = &futures.ThreadPoolExecutor{MaxWorkers: 2}

func inner(x int) int { return x + 1 }

func outer(x int) any {
	r, _ := ex.Submit(func() any { return inner(x * 10) }).ResultTimeout(30 * time.Second)
	return r
}

func main() {
	var out []string
	for i := range 3 {
		r, _ := ex.Submit(func() any { return outer(i) }).ResultTimeout(30 * time.Second)
		out = append(out, fmt.Sprint(r))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	ex.Shutdown(true, false)
}
