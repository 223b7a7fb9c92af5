package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type Config struct {
	Host    string
	Port    int
	Debug   bool
	Ratio   float64
	Retries uint8
}

func setField(obj any, name, value string) error {
	v := reflect.ValueOf(obj)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("need pointer to struct, got %v", v.Kind())
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("no field %q", name)
	}
	if !f.CanSet() {
		return fmt.Errorf("cannot set %q", name)
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(value)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(value, 10, 64)
		if err != nil {
			return err
		}
		f.SetInt(n)
	case reflect.Uint8:
		n, err := strconv.ParseUint(value, 10, 8)
		if err != nil {
			return err
		}
		f.SetUint(n)
	case reflect.Bool:
		b, err := strconv.ParseBool(value)
		if err != nil {
			return err
		}
		f.SetBool(b)
	case reflect.Float64:
		x, err := strconv.ParseFloat(value, 64)
		if err != nil {
			return err
		}
		f.SetFloat(x)
	default:
		return fmt.Errorf("unsupported kind %v", f.Kind())
	}
	return nil
}

func main() {
	var c Config
	for _, kv := range [][2]string{{"Host", "localhost"}, {"Port", "8080"}, {"Debug", "true"}, {"Ratio", "0.75"}, {"Retries", "3"}, {"Retries", "300"}, {"Nope", "x"}, {"Port", "eighty"}} {
		if err := setField(&c, kv[0], kv[1]); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("%+v\n", c)
	fmt.Println(setField(c, "Host", "x"))
	v := reflect.ValueOf(&c).Elem()
	for i := range v.NumField() {
		fmt.Printf("%s=%v (%v) ", v.Type().Field(i).Name, v.Field(i), v.Field(i).Kind())
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(2).SetInt(30)
	fmt.Println(arr, av.Len(), av.Kind())
	s := []string{"a"}
	sv := reflect.ValueOf(&s).Elem()
	sv.Set(reflect.Append(sv, reflect.ValueOf("b")))
	fmt.Println(s)
	var iface any = 3
	iv := reflect.ValueOf(&iface).Elem()
	fmt.Println(iv.Kind(), iv.Elem().Kind())
	iv.Set(reflect.ValueOf("now a string"))
	fmt.Println(iface)
}
