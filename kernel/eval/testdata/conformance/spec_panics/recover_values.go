package main

import (
	"errors"
	"fmt"
)

func catch(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%T: %v\n", r, r)
		}
	}()
	f()
}

func main() {
	catch(func() { panic("s") })
	catch(func() { panic(3.5) })
	catch(func() { panic(errors.New("e")) })
	catch(func() { panic(fmt.Errorf("wrap: %w", errors.New("inner"))) })
	catch(func() { var m map[int]int; m[1] = 1 })
	catch(func() { var a []int; _ = a[0] })
	catch(func() {})
	fmt.Println("end")
}
