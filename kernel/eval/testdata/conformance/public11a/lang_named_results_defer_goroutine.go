package main

import (
	"errors"
	"fmt"
	"sync"
)

func work(id int) (result string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("worker %d: %v", id, r)
			result = "partial"
		}
	}()
	defer func() {
		if err == nil {
			result += "!"
		}
	}()
	if id%3 == 0 {
		var arr []int
		_ = arr[id]
	}
	if id%3 == 1 {
		return "", errors.New("explicit failure")
	}
	return fmt.Sprint("ok", id), nil
}

func main() {
	type outcome struct {
		res string
		err error
	}
	outs := make([]outcome, 6)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, e := work(i)
			outs[i] = outcome{r, e}
		}()
	}
	wg.Wait()
	for i, o := range outs {
		fmt.Printf("%d: %q %v\n", i, o.res, o.err)
	}
}
