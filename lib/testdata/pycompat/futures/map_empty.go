package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	rs, _ := ex.Map(func(x any) any { return fmt.Sprint(x) }, []any{})
	if len(rs) == 0 {
		fmt.Println("[]")
	}
	rs, _ = ex.Map(func(s any) any { return strings.ToUpper(s.(string)) }, []any{"a", "b"})
	fmt.Printf("['%s', '%s']\n", rs...)
	ex.Shutdown(true, false)
}
