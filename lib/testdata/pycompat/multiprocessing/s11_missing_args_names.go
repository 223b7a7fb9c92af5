package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func volume(width, height, depth int) int {
	return width * height * depth
}

func greet(name string) string {
	return "hi " + name
}

func main() {
	multiprocessing.Main(volume, greet)
	pool := multiprocessing.NewPool(1)
	for _, args := range [][]any{{1, 2, 3}, {1, 2}, {1}, {}} {
		v, err := pool.Apply(volume, args...)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(v)
	}
	if _, err := pool.Apply(greet); err != nil {
		fmt.Println(err)
	}
	if _, err := pool.Starmap(volume, [][]int{{1, 2, 3}, {4, 5}}); err != nil {
		fmt.Println(err)
	}
	r := pool.ApplyAsync(volume, 2)
	r.Wait()
	fmt.Println(pyBool(r.Successful()))
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
