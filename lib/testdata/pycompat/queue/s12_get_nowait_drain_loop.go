package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	for _, w := range strings.Fields("the quick brown fox") {
		q.Put(w)
	}
	var words []string
	for {
		w, err := q.GetNowait()
		if err == queue.ErrEmpty {
			break
		}
		words = append(words, w.(string))
	}
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	fmt.Println(strings.Join(words, " "), q.Qsize(), q.UnfinishedTasks())
}
