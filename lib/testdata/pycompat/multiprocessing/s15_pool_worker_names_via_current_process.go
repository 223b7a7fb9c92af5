package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func who(x int) []any {
	name := multiprocessing.CurrentProcess().GetName()
	return []any{name[:strings.LastIndex(name, "-")], x * x}
}

func main() {
	multiprocessing.Main(who)
	fmt.Println(multiprocessing.CurrentProcess().GetName())
	pool := multiprocessing.NewPool(2)
	out, err := pool.Map(who, []int{0, 1, 2, 3, 4, 5})
	if err != nil {
		fmt.Println(err)
	}
	pool.Terminate()
	prefixes := map[string]bool{}
	var sqs []string
	for _, o := range out {
		pair := o.([]any)
		prefixes[pair[0].(string)] = true
		sqs = append(sqs, fmt.Sprint(pair[1]))
	}
	var ps []string
	for p := range prefixes {
		ps = append(ps, "'"+p+"'")
	}
	fmt.Println("[" + strings.Join(ps, ", ") + "]")
	fmt.Println("[" + strings.Join(sqs, ", ") + "]")
	p := &multiprocessing.Process{Target: who, Args: []any{3}}
	fmt.Println(map[bool]string{true: "True", false: "False"}[strings.HasPrefix(p.GetName(), "Process-")])
}
