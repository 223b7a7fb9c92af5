package main

import (
	"fmt"
	"strings"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

func f(x any) int {
	return 1
}

func main() {
	mp.Main(f)
	end, _ := mp.Pipe()
	names := []string{"Queue", "JoinableQueue", "SimpleQueue", "Lock", "RLock", "Semaphore", "BoundedSemaphore",
		"Condition", "Event", "Barrier", "Value", "Array", "Array c", "Pipe end"}
	objs := []any{mp.NewQueue(), mp.NewJoinableQueue(), mp.NewSimpleQueue(), mp.NewLock(), mp.NewRLock(), mp.NewSemaphore(1),
		mp.NewBoundedSemaphore(1), mp.NewCondition(nil), mp.NewEvent(), mp.NewBarrier(2), mp.NewValue("i", 1), mp.NewArray("i", 3),
		mp.NewArray("c", "hi"), end}
	p := mp.NewPool(1)
	for i, o := range objs {
		if r, err := p.Apply(f, o); err != nil {
			fmt.Println(names[i], err)
		} else {
			fmt.Println(names[i], r)
		}
	}
	if r, err := p.Map(f, []any{[]any{mp.NewLock()}}); err != nil {
		fmt.Println("nested", err)
	} else {
		fmt.Println(r)
	}
	r := p.ApplyAsync(f, mp.NewQueue())
	r.Wait()
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println("apply_async ready:", py[r.Ready()], "successful:", py[r.Successful()])
	m := mp.NewManager()
	var got []string
	for _, o := range []any{m.Queue(), m.Lock(), m.Event(), m.Value("i", 1), m.List(), m.Dict()} {
		v, err := p.Apply(f, o)
		if err != nil {
			got = append(got, err.Error())
		} else {
			got = append(got, fmt.Sprint(v))
		}
	}
	fmt.Println("manager objects:", "["+strings.Join(got, ", ")+"]")
	m.Shutdown()
	p.Terminate()
}
