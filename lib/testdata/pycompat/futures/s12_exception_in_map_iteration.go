package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func check(n any) any {
	if n.(int) == 3 {
		panic(fmt.Sprintf("ValueError: bad %d", n))
	}
	return n
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	rs, err := ex.Map(check, []any{0, 1, 2, 3, 4, 5})
	if err != nil {
		_, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("stopped:", msg, strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	}
	ex.Shutdown(true, false)
}
