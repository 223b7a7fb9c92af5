package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", age}
	}
	return nil
}

func main() {
	for _, a := range []int{3, 40, -1} {
		if err := validate(a); err != nil {
			panic(err)
		}
		fmt.Println("valid", a)
	}
}
