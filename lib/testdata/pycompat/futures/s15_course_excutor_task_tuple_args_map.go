package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func task(name any) any {
	result := 0
	for i := 0; i < 10001; i++ {
		result = result + i
	}
	if t, ok := name.([]string); ok {
		return fmt.Sprintf("('%s',) %d", t[0], result)
	}
	return fmt.Sprintf("%v %d", name, result)
}

func main() {
	excutor := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	task1 := excutor.Submit(func() any { return task([]string{"First"}) })
	task2 := excutor.Submit(func() any { return task([]string{"Second"}) })
	r1, _ := task1.Result()
	r2, _ := task2.Result()
	fmt.Println(r1)
	fmt.Println(r2)
	taske, _ := excutor.Map(task, []any{"First", "Second"})
	fmt.Printf("['%s', '%s']\n", taske[0], taske[1])
	excutor.Shutdown(true, false)
}
