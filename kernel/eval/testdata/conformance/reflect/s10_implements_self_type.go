// reflect's Implements with an interface whose methods name a notebook
// type that is the implementing type itself (Clone() Word) or another one.
package main

import (
	"fmt"
	"reflect"
)

type Word string

func (w Word) Clone() Word    { return w + "!" }
func (w Word) Len(x Word) int { return len(w) + len(x) }

type Cloner interface{ Clone() Word }
type Lener interface{ Len(Word) int }

type Other int

func (o Other) Clone() Word { return "other" }

func main() {
	ct := reflect.TypeOf((*Cloner)(nil)).Elem()
	fmt.Println(reflect.TypeOf(Word("a")).Implements(ct), reflect.TypeOf(Other(1)).Implements(ct))
	fmt.Println(reflect.TypeOf(Word("a")).Implements(reflect.TypeFor[Lener]()))
	var c Cloner = Word("x")
	fmt.Println(c.Clone(), Cloner(Other(2)).Clone())
}
