package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func check(x any) any {
	if x == 2 {
		panic(fmt.Sprintf("ValueError: bad %d", x))
	}
	return x
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	got, err := ex.Map(check, []any{0, 1, 2, 3, 4})
	if err != nil {
		fmt.Println(err, "after", pyList(got))
	}
	ex.Shutdown(true, false)
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
