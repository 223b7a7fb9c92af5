package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type MyAsError struct {
	err string
}

func (e MyAsError) Error() string {
	return e.err
}

func (e MyAsError) As(target any) bool {
	pe, ok := target.(**fs.PathError)
	if !ok {
		return false
	}
	*pe = &fs.PathError{
		Op:   "custom",
		Path: "/",
		Err:  errors.New(e.err),
	}
	return true
}

func main() {
	// ExampleAsType
	{
		if _, err := os.Open("non-existing"); err != nil {
			if pathError, ok := errors.AsType[*fs.PathError](err); ok {
				fmt.Println("Failed at path:", pathError.Path)
			} else {
				fmt.Println(err)
			}
		}
	}

	// ExampleAs_custom_match
	{
		var err error = MyAsError{"an error"}
		fmt.Println("Error:", err)
		fmt.Printf("TypeOf err: %T\n", err)

		var pathError *fs.PathError
		ok := errors.As(err, &pathError)
		fmt.Println("Error as fs.PathError:", ok)
		fmt.Println("fs.PathError:", pathError)

	}

	// ExampleAsType_custom_match
	{
		var err error = MyAsError{"an error"}
		fmt.Println("Error:", err)
		fmt.Printf("TypeOf err: %T\n", err)

		pathError, ok := errors.AsType[*fs.PathError](err)
		fmt.Println("Error as fs.PathError:", ok)
		fmt.Println("fs.PathError:", pathError)

	}
}
