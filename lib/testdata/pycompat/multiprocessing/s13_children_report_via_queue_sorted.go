package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func measure(name, text string, q *multiprocessing.Queue) {
	words := 0
	if text != "" {
		words = strings.Count(text, " ") + 1
	}
	same := "False"
	if multiprocessing.CurrentProcess().GetName() == name {
		same = "True"
	}
	q.Put(fmt.Sprintf("('%s', %d, %d, %s)", name, len(text), words, same))
}

func main() {
	multiprocessing.Main(measure)
	files := [][2]string{{"a.txt", "hello world"}, {"b.txt", ""}, {"c.txt", "one two three four"}}
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for _, f := range files {
		ps = append(ps, &multiprocessing.Process{Target: measure, Args: []any{f[0], f[1], q}, Name: f[0]})
	}
	for _, p := range ps {
		p.Start()
	}
	var got []string
	for range ps {
		v, _ := q.GetTimeout(30 * time.Second)
		got = append(got, v.(string))
	}
	sort.Strings(got)
	for _, p := range ps {
		p.Join()
	}
	for _, r := range got {
		fmt.Println(r)
	}
	var alive []string
	for _, c := range multiprocessing.ActiveChildren() {
		alive = append(alive, c.String())
	}
	fmt.Printf("[%v, %v, %v] [%s]\n", ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode(), strings.Join(alive, ", "))
}
