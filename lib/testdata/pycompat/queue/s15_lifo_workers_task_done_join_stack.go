package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	stack   = queue.NewLifoQueue(0)
	visited []string
	goEv    threading.Event
)

func backButton() {
	goEv.Wait()
	for {
		page, err := stack.GetNowait()
		if err == queue.ErrEmpty {
			break
		}
		visited = append(visited, page.(string))
		stack.TaskDone()
	}
}

func main() {
	for _, page := range []string{"home", "about", "blog", "post-1", "post-2"} {
		stack.Put(page)
	}
	t := &threading.Thread{Target: backButton, Name: "back"}
	t.Start()
	fmt.Println("before", stack.Qsize(), stack.UnfinishedTasks())
	goEv.Set()
	stack.Join()
	t.Join()
	fmt.Println("visited", "['"+strings.Join(visited, "', '")+"']")
	fmt.Println("after", stack.Qsize(), stack.UnfinishedTasks(), map[bool]string{true: "True", false: "False"}[stack.Empty()])
}
