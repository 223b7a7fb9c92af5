package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	s := queue.NewLifoQueue(3)
	var log []string
	for i := range 5 {
		if err := s.PutNowait(i); err == queue.ErrFull {
			log = append(log, fmt.Sprintf("'full %d'", i))
		} else {
			log = append(log, fmt.Sprintf("'put %d'", i))
		}
	}
	fmt.Println("["+strings.Join(log, ", ")+"]", pyBool(s.Full()), s.Qsize())
	var got []any
	for range 3 {
		v, _ := s.GetNowait()
		got = append(got, v)
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "), pyBool(s.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
