package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	s := queue.NewLifoQueue(0)
	for _, ch := range "stressed" {
		s.Put(string(ch))
	}
	var b strings.Builder
	for n := s.Qsize(); n > 0; n-- {
		b.WriteString(s.Get().(string))
	}
	fmt.Println(b.String())
	words := queue.NewLifoQueue(0)
	for _, w := range strings.Fields("the quick brown fox") {
		words.Put(w)
	}
	var out []string
	for !words.Empty() {
		w, _ := words.GetNowait()
		out = append(out, w.(string))
	}
	fmt.Println(strings.Join(out, " "), words.Qsize())
}
