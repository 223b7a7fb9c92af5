package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var data []int
	for i := 1; i <= 10000; i++ {
		data = append(data, i)
	}
	parts := make([]int, 4)
	var ts []*threading.Thread
	for i := 0; i < 4; i++ {
		ts = append(ts, &threading.Thread{Name: fmt.Sprintf("part-%d", i), Target: func() {
			for j := i; j < len(data); j += 4 {
				parts[i] += data[j]
			}
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	total := parts[0] + parts[1] + parts[2] + parts[3]
	fmt.Println(pyList(parts), total, pyBool(total == 50005000))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
