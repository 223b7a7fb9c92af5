package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var parent = os.Getpid()

func power(base, exp int, parentPid int) []any {
	r := 1
	for range exp {
		r *= base
	}
	return []any{r, os.Getpid() != parentPid}
}

func main() {
	multiprocessing.Main(power)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	fs := map[*futures.Future][2]int{}
	var list []*futures.Future
	for _, be := range [][2]int{{2, 8}, {3, 3}, {10, 2}} {
		f := ex.Submit(power, be[0], be[1], parent)
		fs[f] = be
		list = append(list, f)
	}
	type row struct {
		b, e int
		s    string
	}
	var rows []row
	for f := range futures.AsCompleted(list) {
		r, _ := f.Result()
		v := r.([]any)
		b := "False"
		if v[1].(bool) {
			b = "True"
		}
		rows = append(rows, row{fs[f][0], fs[f][1], fmt.Sprintf("((%d, %d), %v, %s)", fs[f][0], fs[f][1], v[0], b)})
	}
	ex.Shutdown(true, false)
	sort.Slice(rows, func(i, j int) bool { return rows[i].b < rows[j].b || rows[i].b == rows[j].b && rows[i].e < rows[j].e })
	var out []string
	for _, r := range rows {
		out = append(out, r.s)
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
