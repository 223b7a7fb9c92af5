package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(2)
	var log []string
	for i := 0; i < 5; i++ {
		if err := q.PutNowait(i); errors.Is(err, queue.ErrFull) {
			log = append(log, fmt.Sprintf("full %d", i))
			x, _ := q.GetNowait()
			log = append(log, fmt.Sprintf("got %d", x))
			q.PutNowait(i)
		} else {
			log = append(log, fmt.Sprintf("put %d", i))
		}
	}
	fmt.Println("['" + strings.Join(log, "', '") + "']")
	var rest []string
	for n := q.Qsize(); n > 0; n-- {
		x, _ := q.GetNowait()
		rest = append(rest, fmt.Sprint(x))
	}
	fmt.Println("[" + strings.Join(rest, ", ") + "]")
}
