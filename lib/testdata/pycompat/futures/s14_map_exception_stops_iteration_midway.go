package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func check(n any) any {
	if n.(int) == 3 {
		panic(fmt.Sprintf("ValueError: bad item %d", n))
	}
	return n.(int) * 2
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	results, err := ex.Map(check, []any{0, 1, 2, 3, 4, 5})
	if err != nil {
		fmt.Println(err)
	}
	var seen []string
	for _, r := range results {
		seen = append(seen, fmt.Sprint(r))
	}
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
	ex.Shutdown(true, false)
}
