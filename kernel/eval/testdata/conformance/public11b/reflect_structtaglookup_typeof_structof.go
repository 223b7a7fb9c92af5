package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
)

func main() {
	// ExampleStructTag_Lookup
	{
		type S struct {
			F0 string `alias:"field_0"`
			F1 string `alias:""`
			F2 string
		}

		s := S{}
		st := reflect.TypeOf(s)
		for field := range st.Fields() {
			if alias, ok := field.Tag.Lookup("alias"); ok {
				if alias == "" {
					fmt.Println("(blank)")
				} else {
					fmt.Println(alias)
				}
			} else {
				fmt.Println("(not specified)")
			}
		}

	}

	// ExampleTypeOf
	{
		// As interface types are only used for static typing, a
		// common idiom to find the reflection Type for an interface
		// type Foo is to use a *Foo value.
		writerType := reflect.TypeOf((*io.Writer)(nil)).Elem()

		fileType := reflect.TypeOf((*os.File)(nil))
		fmt.Println(fileType.Implements(writerType))

	}

	// ExampleStructOf
	{
		typ := reflect.StructOf([]reflect.StructField{
			{
				Name: "Height",
				Type: reflect.TypeOf(float64(0)),
				Tag:  `json:"height"`,
			},
			{
				Name: "Age",
				Type: reflect.TypeOf(int(0)),
				Tag:  `json:"age"`,
			},
		})

		v := reflect.New(typ).Elem()
		v.Field(0).SetFloat(0.4)
		v.Field(1).SetInt(2)
		s := v.Addr().Interface()

		w := new(bytes.Buffer)
		if err := json.NewEncoder(w).Encode(s); err != nil {
			panic(err)
		}

		fmt.Printf("value: %+v\n", s)
		fmt.Printf("json:  %s", w.Bytes())

		r := bytes.NewReader([]byte(`{"height":1.5,"age":10}`))
		if err := json.NewDecoder(r).Decode(s); err != nil {
			panic(err)
		}
		fmt.Printf("value: %+v\n", s)

	}
}
