package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var tag any

func initw(t string) { tag = t }

func who(_ int) string {
	name := multiprocessing.CurrentProcess().GetName()
	name = name[:strings.LastIndex(name, "-")]
	return fmt.Sprintf("('%s', '%v')", name, tag)
}

func main() {
	multiprocessing.Main(initw, who)
	p := &multiprocessing.Pool{Processes: 2, Initializer: initw, InitArgs: []any{"ready"}}
	rs, _ := p.Map(who, []int{0, 1, 2, 3, 4, 5})
	set := map[string]bool{}
	for _, r := range rs {
		set[r.(string)] = true
	}
	var out []string
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	p.Terminate()
	fmt.Println(multiprocessing.CurrentProcess().GetName())
}
